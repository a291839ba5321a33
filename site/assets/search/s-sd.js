(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-sd"]={"key":"sd","forms":{"sd":[0]},"terms":[{"w":575,"p":"rGK"}]};
