(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-24"]={"p":"hKXBhEjC"};
