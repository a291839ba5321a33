(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-31"]={"p":"lKMhKkW"};
