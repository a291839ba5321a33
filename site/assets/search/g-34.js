(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-34"]={"p":"iMjdfjehZ"};
