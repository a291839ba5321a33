(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-40"]={"p":"jLhPb"};
