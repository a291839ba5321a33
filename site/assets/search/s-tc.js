(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-tc"]={"key":"tc","forms":{"tcm":[0]},"terms":[{"w":575,"p":"rfd"}]};
