(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-43"]={"p":"GiYOkdLQYjTBLT"};
