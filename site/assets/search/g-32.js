(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-32"]={"p":"hfSlG"};
