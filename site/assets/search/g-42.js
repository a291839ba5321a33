(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-42"]={"p":"jVXHCQ"};
