(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-aa"]={"key":"aa","forms":{"aarch64":[0]},"terms":[{"w":575,"p":"tLU"}]};
