(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ct"]={"key":"ct","forms":{"ct":[0]},"terms":[{"w":575,"p":"oFJ"}]};
