(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-20"]={"p":"CjHKhMhFDiS"};
