(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-25"]={"p":"hMkGhTjFhAhahM"};
