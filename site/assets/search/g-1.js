(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-1"]={"p":"hTfdBnNhIFb"};
