(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-36"]={"p":"QDdNhNdhFhCdiKiHB"};
