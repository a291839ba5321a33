(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-26"]={"p":"kChFmHW"};
