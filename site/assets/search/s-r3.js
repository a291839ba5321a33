(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-r3"]={"key":"r3","forms":{"r3":[0]},"terms":[{"w":575,"p":"oE6L"}]};
