(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-50"]={"p":"ULhHiL"};
