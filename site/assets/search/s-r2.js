(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-r2"]={"key":"r2","forms":{"r2s":[0]},"terms":[{"w":575,"p":"qIU"}]};
