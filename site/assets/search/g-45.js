(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-45"]={"p":"kUfiQiRiBhDEW"};
