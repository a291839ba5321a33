(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-55"]={"p":"iJOoY"};
