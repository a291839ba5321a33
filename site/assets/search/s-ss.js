(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ss"]={"key":"ss","forms":{"ssft":[0],"sslm":[1],"sslms":[1]},"terms":[{"w":575,"p":"uCJ"},{"w":575,"p":"nEb"}]};
