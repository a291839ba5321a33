(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-35"]={"p":"hHjCkcB"};
