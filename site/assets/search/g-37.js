(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-37"]={"p":"mRiEaEBdR"};
