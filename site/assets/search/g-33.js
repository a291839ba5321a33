(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-33"]={"p":"jXmfhP"};
