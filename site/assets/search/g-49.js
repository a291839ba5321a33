(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-49"]={"p":"mWhDiI"};
