(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-sg"]={"key":"sg","forms":{"sg":[0],"sgft":[1]},"terms":[{"w":524,"p":"kBZiTM"},{"w":575,"p":"kBX"}]};
