(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-11"]={"p":"lLhTlL"};
