(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-pt"]={"key":"pt","forms":{"pt":[0]},"terms":[{"w":575,"p":"kMS"}]};
