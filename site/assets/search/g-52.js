(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-52"]={"p":"iJOoY"};
