(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-54"]={"p":"kIhIkC"};
