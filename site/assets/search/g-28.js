(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-28"]={"p":"hKXBhEjCnA"};
