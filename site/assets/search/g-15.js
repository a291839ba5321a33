(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-15"]={"p":"qNKjG"};
