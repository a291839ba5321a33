(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-23"]={"p":"EWpWhWhT"};
