(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rc"]={"key":"rc","forms":{"rcs":[0]},"terms":[{"w":575,"p":"lcY"}]};
