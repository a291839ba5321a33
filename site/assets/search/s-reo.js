(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-reo"]={"key":"reo","forms":{"reordering":[0]},"terms":[{"w":575,"p":"mCL"}]};
