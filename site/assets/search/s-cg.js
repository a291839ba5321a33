(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cg"]={"key":"cg","forms":{"cge":[0]},"terms":[{"w":575,"p":"uNb"}]};
