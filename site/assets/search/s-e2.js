(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-e2"]={"key":"e2","forms":{"e2c":[0]},"terms":[{"w":575,"p":"kGW"}]};
