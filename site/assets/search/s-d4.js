(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-d4"]={"key":"d4","forms":{"d4rl":[0]},"terms":[{"w":575,"p":"pUK"}]};
