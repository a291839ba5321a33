(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-16"]={"p":"kbhLiKSkF"};
