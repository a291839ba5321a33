(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-22"]={"p":"iHlTQCjBiG"};
