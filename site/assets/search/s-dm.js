(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-dm"]={"key":"dm","forms":{"dm":[0],"dmt":[1]},"terms":[{"w":575,"p":"lfK"},{"w":575,"p":"lUK"}]};
