(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-dt"]={"key":"dt","forms":{"dt":[0]},"terms":[{"w":575,"p":"jDO"}]};
