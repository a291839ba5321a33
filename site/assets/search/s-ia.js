(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ia"]={"key":"ia","forms":{"ia":[0]},"terms":[{"w":575,"p":"pGT"}]};
