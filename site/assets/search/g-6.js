(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-6"]={"p":"OmJjLiYhS"};
