(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-53"]={"p":"ULhHiL"};
