(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rq"]={"key":"rq","forms":{"rq":[0]},"terms":[{"w":575,"p":"hMM"}]};
