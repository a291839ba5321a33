(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-dl"]={"key":"dl","forms":{"dllms":[0]},"terms":[{"w":575,"p":"qHO"}]};
