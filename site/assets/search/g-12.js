(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-12"]={"p":"DhUjFjIBVjf"};
