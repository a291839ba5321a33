(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-51"]={"p":"kIhIiCiA"};
