(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-10"]={"p":"hWFNhSjHlV"};
