(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-eo"]={"key":"eo","forms":{"eos":[0]},"terms":[{"w":575,"p":"qHc"}]};
