(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rw"]={"key":"rw","forms":{"rwr":[0]},"terms":[{"w":575,"p":"eO"}]};
