(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-aq"]={"key":"aq","forms":{"aqua":[0]},"terms":[{"w":575,"p":"sXL"}]};
